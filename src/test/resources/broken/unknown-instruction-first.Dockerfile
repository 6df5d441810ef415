FORM busybox
