echo hello from run.sh
