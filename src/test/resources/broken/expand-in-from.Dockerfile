ARG TAG
FROM busybox:${TAG:?tag please}
