from busybox
Run echo
FOO bar baz
