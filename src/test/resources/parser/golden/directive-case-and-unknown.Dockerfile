# ESCAPE=`
# unknown=1
# escape=\
FROM a
RUN x `
y
