ARG IMG=app
FROM $IMG AS app
RUN true
