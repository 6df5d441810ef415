FROM busybox
COPY <<EOF /hello.txt
hello
