FROM busybox
ENV a=${NAME:?set NAME first}
