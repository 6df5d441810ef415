FROM a
CMD ['a','b']
CMD ["echo", "x"
CMD "[\"a\"]"
CMD ["a"] trailing
ENTRYPOINT {"a": 1}
RUN [ "sh", "-c", "echo" ]
