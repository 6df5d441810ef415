FROM busybox
CMDD ["sh"]
