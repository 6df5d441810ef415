FROM busybox
ARG STAGE=base
COPY --from=$STAGE /x /x
