FROM busybox AS build
FROM busybox
COPY --from=build /nope /nope
