FROM busybox
RUN foo \

bar \
   
baz
