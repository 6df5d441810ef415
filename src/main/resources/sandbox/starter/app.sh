#!/bin/sh
# The whole app: print the greeting and when the image was built.
cat /app/greeting.txt
cat /app/data/stamp.txt
