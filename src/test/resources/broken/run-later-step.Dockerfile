FROM busybox
WORKDIR /app
COPY a.txt .
RUN cat missing.txt
