FROM a
RUN --mount=from=$X,target=/x x
