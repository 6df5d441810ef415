package main

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

type todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
}

func main() {
	r := gin.Default()
	todos := []todo{}
	r.GET("/health", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) })
	r.GET("/todos", func(c *gin.Context) { c.JSON(http.StatusOK, todos) })
	r.POST("/todos", func(c *gin.Context) {
		var t todo
		if err := c.BindJSON(&t); err != nil {
			return
		}
		t.ID = len(todos) + 1
		todos = append(todos, t)
		c.JSON(http.StatusCreated, t)
	})
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	r.Run(":" + port)
}
