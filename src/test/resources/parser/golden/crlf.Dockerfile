FROM a
RUN echo a \
  b
ENV X=1
