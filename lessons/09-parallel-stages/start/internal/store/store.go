package store

import "sync"

// Order is one customer order.
type Order struct {
	ID     int    `json:"id"`
	Item   string `json:"item"`
	Status string `json:"status"`
}

// Store keeps orders in memory.
type Store struct {
	mu     sync.Mutex
	orders []Order
}

func (s *Store) Add(item string) Order {
	s.mu.Lock()
	defer s.mu.Unlock()
	o := Order{ID: len(s.orders) + 1, Item: item, Status: "new"}
	s.orders = append(s.orders, o)
	return o
}

func (s *Store) All() []Order {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Order(nil), s.orders...)
}
