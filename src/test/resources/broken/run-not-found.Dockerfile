FROM busybox
RUN npm ci
