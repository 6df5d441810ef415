# escape=`

FROM windows
COPY C:\src C:\dest
RUN echo a `
  b
ENV P C:\x
