FROM busybox
ADD a.txt
