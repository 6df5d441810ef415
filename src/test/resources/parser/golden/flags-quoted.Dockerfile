FROM --platform=$BUILDPLATFORM a AS Build
COPY --chown="a b" --chmod=0755 x y
RUN --mount=type=cache,target=/root/.cache \
    --network=none go build
