FROM a
WORKDIR /a b
USER app:app
MAINTAINER Jane Doe <j@d.e>
STOPSIGNAL SIGKILL
EXPOSE 80 443/udp
VOLUME ["/data", "/logs"]
VOLUME /x /y
LABEL a=1 b="two words" c\ d=e
RUN echo	a
