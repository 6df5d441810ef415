FROM busybox
RUN <<A cat - && sh <<B
first
A
echo second
