FROM busybox
ARG SRC=busybox
RUN --mount=from=$SRC,target=/src true
