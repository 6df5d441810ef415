FROM busybox
CMD ["echo", null]
