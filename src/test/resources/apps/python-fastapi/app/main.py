from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
todos: list[dict] = []


class Todo(BaseModel):
    title: str


@app.get("/health")
def health() -> dict:
    return {"ok": True}


@app.post("/todos", status_code=201)
def create(todo: Todo) -> dict:
    item = {"id": len(todos) + 1, "title": todo.title}
    todos.append(item)
    return item
