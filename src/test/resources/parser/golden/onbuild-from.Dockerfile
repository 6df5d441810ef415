FROM a
ONBUILD from b
