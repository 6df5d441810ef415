FROM a
RUN <<EOF
echo hi
