# a comment first
# escape=`
FROM image
RUN echo `
hi
