FROM a
copi x y
