FROM busybox AS one two
