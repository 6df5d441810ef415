FROM busybox
ENTRYPIONT ["sh"]
