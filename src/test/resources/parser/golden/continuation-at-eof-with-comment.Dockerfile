FROM a
RUN one \
# trailing comment
