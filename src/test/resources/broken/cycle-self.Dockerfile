FROM busybox AS base
FROM base AS base
RUN true
