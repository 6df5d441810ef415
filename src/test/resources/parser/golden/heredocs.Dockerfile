FROM a
RUN <<EOF
echo hi
EOF
COPY <<A <<-B /dest/
file a
A
	file b
	B
RUN cat <<'X' > /f
$HOME
X
RUN echo "<<NOT" done
