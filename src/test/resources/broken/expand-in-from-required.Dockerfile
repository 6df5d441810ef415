ARG TAG
FROM busybox:${TAG:?required}
