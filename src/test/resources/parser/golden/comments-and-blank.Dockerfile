  # leading comment

   FROM a   
	# tabbed comment
  RUN echo '# not a comment'
