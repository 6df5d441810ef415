FROM busybox
COPY https://example.com/a.tgz /a.tgz
