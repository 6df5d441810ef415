FROM busybox
RUN echo good\
bye\
frog
RUN echo hello\
  world
