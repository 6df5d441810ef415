FROM busybox
COPY git@github.com:moby/buildkit.git /src
