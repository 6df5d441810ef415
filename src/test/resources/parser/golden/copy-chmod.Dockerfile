FROM a
COPY --chmod=8 a b
