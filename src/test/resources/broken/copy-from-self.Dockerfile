FROM busybox AS build
COPY --from=build /x /x
