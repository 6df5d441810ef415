package main

import (
	"fmt"
	"os"
)

var steps = []string{"create table orders", "add column status", "index orders by status"}

func main() {
	for i, s := range steps {
		fmt.Printf("migration %d: %s\n", i+1, s)
	}
	os.Exit(0)
}
