FROM a
ONBUILD RUN echo test
ONBUILD RUN ["echo","test"]
onbuild copy --from=x a b
