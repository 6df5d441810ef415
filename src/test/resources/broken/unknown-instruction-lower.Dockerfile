FROM busybox
copyy a.txt /a.txt
