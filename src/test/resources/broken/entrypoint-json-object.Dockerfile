FROM busybox
ENTRYPOINT ["sh", {"a": 1}]
