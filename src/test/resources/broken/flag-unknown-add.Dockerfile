FROM busybox
ADD --form=x a.txt /a.txt
