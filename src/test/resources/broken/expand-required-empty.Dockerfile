FROM busybox
ARG NAME=
ENV a=${NAME:?}
