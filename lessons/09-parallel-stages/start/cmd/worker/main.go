package main

import (
	"log"
	"time"
)

func main() {
	for range time.Tick(30 * time.Second) {
		log.Println("checking for orders to ship")
	}
}
