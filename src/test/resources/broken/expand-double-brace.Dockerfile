FROM busybox
ENV a=${{b}}
