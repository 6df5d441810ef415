FROM --platfrom=linux/amd64 busybox
