package main

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/example/orders/internal/store"
)

func main() {
	s := &store.Store{}
	http.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			var in struct{ Item string }
			if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			w.WriteHeader(http.StatusCreated)
			json.NewEncoder(w).Encode(s.Add(in.Item))
			return
		}
		json.NewEncoder(w).Encode(s.All())
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
